package org.expertportal.account.ui;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A QR code drawn on the server as SVG and shown as a {@code data:} image, which the
 * Content-Security-Policy allows ({@code img-src 'self' data:}): the secret never leaves the
 * page for an outside QR service, and no script draws it.
 */
final class QrCodeImage {

    /** White margin around the code, in modules, as the QR standard asks. */
    private static final int QUIET_ZONE = 4;

    private QrCodeImage() {}

    static Image of(String text, String description) {
        String svg = svg(QrCode.encodeText(text, QrCode.Ecc.MEDIUM));
        var image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), description);
        image.setWidth("12rem");
        image.setHeight("12rem");
        return image;
    }

    static String svg(QrCode qr) {
        int size = qr.size + QUIET_ZONE * 2;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
