package org.expertportal.expert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.expertportal.account.Roles;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.ExpertService;
import org.expertportal.ui.Notifications;

/**
 * Administrators manage the expert network: add and edit experts, upload CV versions, and
 * deactivate experts who leave (there is no delete: requests and downloads refer to experts).
 */
@Route("admin/experts")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 80, title = "menu.admin.experts", icon = "vaadin:academy-cap")
class AdminExpertsView extends Div implements HasDynamicTitle {

    private final ExpertService expertService;
    private final Grid<ExpertCard> grid = new Grid<>();

    AdminExpertsView(ExpertService expertService) {
        this.expertService = expertService;
        addClassName("portal-page");

        var create = new Button(getTranslation("admin.experts.new"), click -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-expert");

        grid.setId("admin-experts");
        grid.addColumn(ExpertCard::name).setHeader(getTranslation("admin.experts.name")).setAutoWidth(true);
        grid.addColumn(expert -> expert.countryIsoCodes().stream()
                        .map(iso -> getTranslation("country." + iso))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.experts.countries"));
        grid.addColumn(expert -> getTranslation(expert.active() ? "admin.experts.active" : "admin.experts.inactive"))
                .setHeader(getTranslation("admin.experts.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("admin.experts.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H1(getTranslation("menu.admin.experts")), new Paragraph(getTranslation("admin.experts.lead")), create,
                grid);
        refresh();
    }

    private HorizontalLayout actions(ExpertCard expert) {
        var edit = new Button(getTranslation("action.edit"), click -> open(expert.id()));
        edit.setId("edit-" + expert.slug());
        Button toggle;
        if (expert.active()) {
            toggle = new Button(getTranslation("admin.experts.deactivate"), click -> {
                expertService.deactivate(expert.id());
                Notifications.info("admin.experts.deactivated");
                refresh();
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else {
            toggle = new Button(getTranslation("admin.experts.reactivate"), click -> {
                expertService.reactivate(expert.id());
                refresh();
            });
        }
        toggle.setId("toggle-" + expert.slug());
        return new HorizontalLayout(edit, toggle);
    }

    private void open(Long expertId) {
        new ExpertEditorDialog(expertService, expertId, this::refresh).open();
    }

    void refresh() {
        grid.setItems(expertService.allExperts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.experts") + " | " + getTranslation("app.name");
    }
}
