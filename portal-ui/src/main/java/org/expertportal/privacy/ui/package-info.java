/**
 * The privacy pages: a client's {@code /account/privacy} (export, erasure request) and the
 * administrators' {@code /admin/privacy} (pending erasure requests).
 */
package org.expertportal.privacy.ui;
