package org.expertportal.country.ui;

import com.vaadin.flow.router.RouteParameters;
import org.expertportal.country.CountryProfileService;
import org.expertportal.ui.PageExistence;
import org.springframework.stereotype.Component;

/** A country's public page and its editor exist for the slugs the profile use case knows. */
@Component
class CountryPageExistence implements PageExistence {

    private final CountryProfileService profiles;

    CountryPageExistence(CountryProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public boolean answersFor(Class<?> view) {
        return view == CountryProfileView.class || view == CountryEditorView.class;
    }

    @Override
    public boolean exists(Class<?> view, RouteParameters parameters) {
        return profiles.profile(parameters.get("slug").orElse("")).isPresent();
    }
}
