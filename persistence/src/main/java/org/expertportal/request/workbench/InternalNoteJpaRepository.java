package org.expertportal.request.workbench;

import org.springframework.data.repository.Repository;

/** The domain's {@link InternalNoteRepository}, implemented by Spring Data. */
interface InternalNoteJpaRepository extends Repository<InternalNote, Long>, InternalNoteRepository {}
