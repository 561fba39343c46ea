package org.expertportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The run command's demo profile starts with a PDF CV for every demo expert. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoDocumentsIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_demo_expert_has_a_generated_pdf_cv_stored_through_the_document_service() {
        var withoutCv = jdbc.queryForList(
                "select e.slug from expert e where e.slug in ('bolormaa-tsend', 'samuel-tesfay', 'leila-karimi', "
                        + "'andrei-volkov', 'maria-fernanda-rojas') and not exists "
                        + "(select 1 from expert_cv_version v where v.expert_id = e.id)", String.class);
        assertThat(withoutCv).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from document where media_type = 'application/pdf' "
                + "and original_name = 'bolormaa-tsend-cv.pdf'", Long.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void generated_pdfs_are_small() {
        byte[] pdf = DemoDocuments.pdf(java.util.List.of("Dr María Fernanda Rojas", "Сafe ASCII fallback"));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isLessThan(10_000);
    }
}
