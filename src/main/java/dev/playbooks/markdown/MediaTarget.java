package dev.playbooks.markdown;

/**
 * Where an image or file a body refers to is published, as seen from the page, and for an image its size in pixels
 * and, for a large one, its smaller copies ({@code srcset}, empty when there are none).
 */
public record MediaTarget(String href, int width, int height, String srcset) {
}
