package org.expertportal.document;

import org.springframework.data.repository.Repository;

interface DocumentDownloadJpaRepository extends Repository<DocumentDownload, Long>, DocumentDownloadRepository {}
