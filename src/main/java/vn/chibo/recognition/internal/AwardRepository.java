package vn.chibo.recognition.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRepository extends JpaRepository<AwardRecord, Long> {
}
