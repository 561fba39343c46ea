package org.expertportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain's {@link SearchIndex} on a FULLTEXT index over title and body. Terms arrive cleaned
 * (letters and digits only); they are still passed as a bound parameter, never concatenated.
 * Names weigh more than article text, so that "Mongolia" finds the country before articles that
 * mention it.
 */
@Repository
class MariaDbSearchIndex implements SearchIndex {

    private final NamedParameterJdbcTemplate jdbc;

    MariaDbSearchIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void replace(SearchKind kind, String refKey, List<SearchEntry> entries) {
        jdbc.update("delete from search_entry where kind = :kind and ref_key = :ref",
                new MapSqlParameterSource("kind", kind.name()).addValue("ref", refKey));
        insert(entries);
    }

    @Override
    @Transactional
    public void replaceAll(SearchKind kind, List<SearchEntry> entries) {
        jdbc.update("delete from search_entry where kind = :kind", new MapSqlParameterSource("kind", kind.name()));
        insert(entries);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> find(List<String> terms, Optional<String> regionKey, Optional<String> themeKey, int limit) {
        if (terms.isEmpty()) {
            return List.of();
        }
        String against = terms.stream().map(term -> term + "*").collect(Collectors.joining(" "));
        var params = new MapSqlParameterSource("against", against).addValue("limit", limit);
        StringBuilder sql = new StringBuilder("""
                select kind, ref_key, title, body,
                       match(title, body) against (:against in boolean mode)
                         * case when kind = 'ARTICLE' then 1 else 3 end as score
                from search_entry
                where match(title, body) against (:against in boolean mode)
                """);
        regionKey.ifPresent(region -> {
            sql.append(" and region_key = :region");
            params.addValue("region", region);
        });
        themeKey.ifPresent(theme -> {
            sql.append(" and theme_keys like :theme");
            params.addValue("theme", "%|" + theme.replace("%", "").replace("_", "\\_") + "|%");
        });
        sql.append(" order by score desc, title limit :limit");
        return jdbc.query(sql.toString(), params, (rs, row) -> new SearchHit(
                SearchKind.valueOf(rs.getString("kind")),
                rs.getString("ref_key"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getDouble("score")));
    }

    private void insert(List<SearchEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (SearchEntry entry : entries) {
            rows.add(new MapSqlParameterSource()
                    .addValue("kind", entry.kind().name())
                    .addValue("ref", entry.refKey())
                    .addValue("language", entry.language())
                    .addValue("region", entry.regionKey())
                    .addValue("themes", entry.themeKeys().isEmpty() ? null : "|" + String.join("|", entry.themeKeys()) + "|")
                    .addValue("title", entry.title())
                    .addValue("body", entry.body()));
        }
        jdbc.batchUpdate("""
                insert into search_entry (kind, ref_key, language, region_key, theme_keys, title, body)
                values (:kind, :ref, :language, :region, :themes, :title, :body)
                """, rows.toArray(MapSqlParameterSource[]::new));
    }
}
