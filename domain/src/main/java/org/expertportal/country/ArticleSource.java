package org.expertportal.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** A publication an article relies on: title, publisher, year and, when known, a link. */
@Entity
@Table(name = "article_source")
public class ArticleSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private CountryArticle article;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String publisher;

    @Column(name = "published_year", nullable = false)
    private short publishedYear;

    @Column(length = 500)
    private String url;

    protected ArticleSource() {}

    ArticleSource(CountryArticle article, int position, SourceDraft draft) {
        this.article = article;
        this.position = position;
        this.title = draft.title();
        this.publisher = draft.publisher();
        this.publishedYear = (short) draft.year();
        this.url = draft.url();
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public int getPublishedYear() {
        return publishedYear;
    }

    public Optional<String> getUrl() {
        return Optional.ofNullable(url);
    }

    SourceDraft toDraft() {
        return new SourceDraft(title, publisher, publishedYear, url);
    }
}
