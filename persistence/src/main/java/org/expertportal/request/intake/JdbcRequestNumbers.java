package org.expertportal.request.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Request numbers from the {@code request_number} row of the year, incremented atomically by
 * MariaDB ({@code LAST_INSERT_ID(expr)} is per connection): concurrent submissions never share one.
 */
@Repository
@Transactional // both statements on one connection
class JdbcRequestNumbers implements RequestNumbers {

    private final JdbcTemplate jdbc;

    JdbcRequestNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(int year) {
        jdbc.update("insert into request_number (year, last_number) values (?, last_insert_id(1))"
                + " on duplicate key update last_number = last_insert_id(last_number + 1)", year);
        Long number = jdbc.queryForObject("select last_insert_id()", Long.class);
        if (number == null || number < 1) {
            throw new IllegalStateException("No request number for " + year);
        }
        return number;
    }
}
