/**
 * Sample reports: anonymised past reports that staff publish as examples for a country and its
 * themes, and retire when outdated. Anyone may see which samples exist; signed-in people download
 * them, each copy stamped on every page with "SAMPLE" and the downloader's account reference so
 * that a leaked copy can be traced, and every download is recorded.
 */
package org.expertportal.sample;
