/**
 * The images and files playbooks show or offer: reading each once, checking that it is what its name says (and an
 * SVG only a picture), its size in pixels, the name it is published under, and smaller copies of large images.
 */
package dev.playbooks.media;
