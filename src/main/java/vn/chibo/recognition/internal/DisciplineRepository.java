package vn.chibo.recognition.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRepository extends JpaRepository<DisciplineRecord, Long> {
}
