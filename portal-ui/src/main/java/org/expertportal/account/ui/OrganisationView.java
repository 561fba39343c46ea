package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.expertportal.account.Colleague;
import org.expertportal.account.MyOrganisation;
import org.expertportal.account.OrganisationService;
import org.expertportal.account.Roles;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.text.UserText;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;
import org.expertportal.ui.UserTextFields;

/**
 * A client's organisation: its name; for an organisation admin also the colleagues, inviting a
 * new one and removing one (who keeps their account).
 */
@Route("account/organisation")
@RolesAllowed(Roles.CLIENT)
class OrganisationView extends Div implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final VerticalLayout body = new VerticalLayout();

    OrganisationView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("portal-page");
        body.setPadding(false);
        body.setMaxWidth("56rem");
        add(body);
        show();
    }

    private void show() {
        body.removeAll();
        body.add(new H1(getTranslation("organisation.title")));
        organisations.myOrganisation().ifPresentOrElse(this::show, () -> {
            var none = new Paragraph(getTranslation("organisation.none"));
            none.setId("no-organisation");
            body.add(none);
        });
    }

    private void show(MyOrganisation mine) {
        var name = Texts.content(new H2(mine.name()));
        name.setId("organisation-name");
        body.add(name);
        if (!mine.youAdminister()) {
            body.add(new Paragraph(getTranslation("organisation.member")));
            return;
        }
        var grid = new Grid<Colleague>();
        grid.setId("colleagues");
        grid.addColumn(Colleague::displayName).setHeader(getTranslation("account.name")).setAutoWidth(true);
        grid.addColumn(Colleague::email).setHeader(getTranslation("login.email")).setAutoWidth(true);
        grid.addColumn(c -> c.organisationAdmin() ? getTranslation("organisation.admin") : "")
                .setHeader(getTranslation("organisation.role")).setAutoWidth(true);
        grid.addColumn(c -> c.invited() ? getTranslation("admin-users.invited") : "")
                .setHeader(getTranslation("admin-users.column.state")).setAutoWidth(true);
        grid.addComponentColumn(colleague -> {
            if (colleague.you()) {
                return new Div();
            }
            var remove = new Button(getTranslation("organisation.remove"), click -> {
                organisations.removeColleague(colleague.id());
                Notifications.success("organisation.removed");
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("remove-" + colleague.id());
            return remove;
        }).setKey("actions");
        grid.setItems(mine.colleagues());
        grid.setAllRowsVisible(true);

        var email = new EmailField(getTranslation("login.email"));
        email.setId("invite-email");
        var name2 = new TextField(getTranslation("account.name"));
        name2.setId("invite-name");
        UserTextFields.watch(email, UserText.Kind.LINE);
        UserTextFields.watch(name2, UserText.Kind.LINE);
        var invite = new Button(getTranslation("organisation.invite"));
        invite.setId("invite-colleague");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> {
            email.setInvalid(false);
            name2.setInvalid(false);
            // Hidden characters are shown under the field that holds them, not under the address.
            if (!UserTextFields.accepts(email, UserText.Kind.LINE) | !UserTextFields.accepts(name2, UserText.Kind.LINE)) {
                return;
            }
            try {
                organisations.inviteColleague(email.getValue(), name2.getValue());
                Notifications.success("organisation.invited");
                show();
            } catch (DomainException refused) {
                var field = refused.messageKey().startsWith("account.name") ? name2 : email;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        });
        var form = new HorizontalLayout(email, name2, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        body.add(grid, new H2(getTranslation("organisation.invite.title")),
                new Paragraph(getTranslation("organisation.invite.lead")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " | " + getTranslation("app.name");
    }
}
