package vn.chibo.recognition.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface GoodExampleRepository extends JpaRepository<GoodExample, Long> {
}
