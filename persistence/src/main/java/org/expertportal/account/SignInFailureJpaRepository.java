package org.expertportal.account;

import org.springframework.data.repository.Repository;

interface SignInFailureJpaRepository extends Repository<SignInFailure, Long>, SignInFailureRepository {}
