package org.expertportal.document;

import org.springframework.data.repository.Repository;

interface DocumentJpaRepository extends Repository<Document, Long>, DocumentRepository {}
