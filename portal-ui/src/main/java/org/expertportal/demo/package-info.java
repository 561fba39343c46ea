/**
 * Demo content that cannot live in Liquibase: the demo experts' PDF CVs and a few sample reports,
 * generated with PDFBox at start in the {@code demo} profile only and stored through the same use
 * cases (and checks) as any upload.
 */
package org.expertportal.demo;
