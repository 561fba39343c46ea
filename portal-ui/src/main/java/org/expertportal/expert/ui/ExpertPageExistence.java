package org.expertportal.expert.ui;

import com.vaadin.flow.router.RouteParameters;
import org.expertportal.expert.ExpertService;
import org.expertportal.ui.PageExistence;
import org.springframework.stereotype.Component;

/** An expert's public page exists for the slugs of published profiles. */
@Component
class ExpertPageExistence implements PageExistence {

    private final ExpertService experts;

    ExpertPageExistence(ExpertService experts) {
        this.experts = experts;
    }

    @Override
    public boolean answersFor(Class<?> view) {
        return view == ExpertProfileView.class;
    }

    @Override
    public boolean exists(Class<?> view, RouteParameters parameters) {
        return experts.publicProfile(parameters.get("slug").orElse("")).isPresent();
    }
}
