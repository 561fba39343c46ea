package org.expertportal.account;

import org.springframework.data.repository.Repository;

interface TwoFactorCredentialJpaRepository
        extends Repository<TwoFactorCredential, Long>, TwoFactorCredentialRepository {}
