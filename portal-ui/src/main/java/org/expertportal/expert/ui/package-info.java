/**
 * Expert pages: the public directory with its filters, an expert's public profile with the CV
 * download for signed-in visitors, and the administrators' page to manage experts and their CVs.
 */
package org.expertportal.expert.ui;
