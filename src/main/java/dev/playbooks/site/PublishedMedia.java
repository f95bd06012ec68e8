package dev.playbooks.site;

import dev.playbooks.media.MediaFile;

/** An image or file a playbook refers to as {@code destination}, and the file the site publishes for it. */
public record PublishedMedia(String destination, MediaFile file) {
}
