package org.expertportal.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.json.JsonMapper;

/** The frame's light controls, pressed in Karibu tests as the browser would send the press. */
public final class FrameTesting {

    private FrameTesting() {}

    /** Presses the drawer's button of the language {@code code} ("ru"): the data the browser sends for it. */
    public static void chooseLanguage(String code) {
        Div languages = _get(Div.class, spec -> spec.withId("drawer-language"));
        if (!(languages instanceof LanguageSwitch)) {
            throw new AssertionError("the drawer's languages are not the language switch");
        }
        var data = JsonMapper.builder().build().createObjectNode()
                .put(LanguageSwitch.ON_A_BUTTON, true)
                .put(LanguageSwitch.PRESSED, code);
        _fireDomEvent(languages, "click", data);
    }
}
