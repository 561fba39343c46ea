package org.expertportal.account;

import java.lang.reflect.Field;

/** Gives in-memory entities the id the database would give them. */
final class TestIds {

    private TestIds() {}

    static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            if (field.get(entity) == null) {
                field.set(entity, id);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
