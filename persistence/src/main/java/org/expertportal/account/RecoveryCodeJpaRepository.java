package org.expertportal.account;

import org.springframework.data.repository.Repository;

interface RecoveryCodeJpaRepository extends Repository<RecoveryCode, Long>, RecoveryCodeRepository {}
