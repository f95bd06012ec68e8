package dev.playbooks.content;

import dev.playbooks.model.TagPair;
import dev.playbooks.model.UiString;
import java.util.List;
import java.util.Map;

/** What a language's UI strings file holds: its strings by key, and the tag pairs stated beside them. */
public record UiStringFile(Map<String, UiString> strings, List<TagPair> tagPairs) {
}
