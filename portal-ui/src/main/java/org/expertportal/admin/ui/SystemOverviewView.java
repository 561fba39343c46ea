package org.expertportal.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.country.CoverageService;
import org.expertportal.country.RegionCoverage;
import org.expertportal.identity.Role;

/** What an administrator checks first: who has access, and the coverage the portal offers. */
@Route("admin/system")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "menu.admin.system", icon = "vaadin:cogs")
class SystemOverviewView extends Div implements HasDynamicTitle {

    SystemOverviewView(AccountService accountService, CoverageService coverageService) {
        addClassName("portal-page");

        var accounts = new Grid<Map.Entry<Role, Long>>();
        accounts.setId("accounts-by-role");
        accounts.addColumn(entry -> getTranslation("role." + entry.getKey().name().toLowerCase()))
                .setHeader(getTranslation("admin.system.role"));
        accounts.addColumn(Map.Entry::getValue).setHeader(getTranslation("admin.system.accounts"));
        accounts.setItems(accountService.countsByRole().entrySet().stream().toList());
        accounts.setAllRowsVisible(true);

        var regions = new Grid<RegionCoverage>();
        regions.setId("coverage-by-region");
        regions.addColumn(region -> getTranslation(region.nameKey())).setHeader(getTranslation("admin.system.region"));
        regions.addColumn(region -> region.countryIsoCodes().size()).setHeader(getTranslation("admin.system.countries"));
        regions.setItems(coverageService.regions());
        regions.setAllRowsVisible(true);

        add(new H1(getTranslation("menu.admin.system")),
                new Paragraph(getTranslation("admin.system.lead")),
                new H2(getTranslation("admin.system.accounts.title")), accounts,
                new H2(getTranslation("admin.system.coverage.title")), regions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.system") + " | " + getTranslation("app.name");
    }
}
