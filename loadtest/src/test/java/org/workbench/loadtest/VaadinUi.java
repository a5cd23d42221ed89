package org.workbench.loadtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a Vaadin client knows about one UI, kept from the server's answers as the browser's Flow client keeps it: the
 * UI id, the CSRF token, the sync and client ids, and enough of the state tree (attributes, properties, children,
 * texts) to find a component by the id the view gave it and to read the text it shows. Node numbers are never
 * written into the script; they are looked up here on every request, so the script follows the app as it changes.
 *
 * <p>One per virtual user, used by one request at a time (Gatling runs a user's requests in sequence).
 */
final class VaadinUi {
    // Flow's node features, as numbered in the UIDL the server sends (flow-server's NodeFeatureRegistry).
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern EDITOR_LINK = Pattern.compile("scenarios/(\\d+)");

    private final Map<Integer, Map<String, JsonNode>> attributes = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> properties = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final List<String> lastExecutes = new ArrayList<>();
    // What a journey remembers between a request and the check of its answer (a figure before an edit, say).
    private final Map<String, String> notes = new HashMap<>();
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId = -1;
    private int clientId;
    private int historyIndex;

    int uiId() {
        return uiId;
    }

    /** Reads the answer to {@code ?v-r=init}: the UI's id, the CSRF token and the first state. */
    String init(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            uiId = config.path("v-uiId").asInt(-1);
            JsonNode uidl = config.path("uidl");
            csrfToken = uidl.path("Vaadin-Security-Key").asString("");
            if (uiId < 0 || csrfToken.isEmpty()) {
                return "no UI id or CSRF token in the bootstrap answer";
            }
            return apply(uidl);
        } catch (RuntimeException e) {
            return "the bootstrap answer is not Vaadin's: " + e.getMessage();
        }
    }

    /** A client-to-server message: the given invocations, the last sync id seen and the next client id. */
    String message(ArrayNode rpc) {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** Reads a UIDL answer; returns "ok" or what is wrong with it (an error the load test counts). */
    String uidl(String body) {
        String text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode answer = JSON.readTree(text);
            if (answer.isArray()) {
                answer = answer.get(0);
            }
            return apply(answer);
        } catch (RuntimeException e) {
            return "not a UIDL answer: " + abbreviate(text);
        }
    }

    private String apply(JsonNode answer) {
        JsonNode meta = answer.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (meta.has("appError")) {
            return "application error: " + abbreviate(meta.path("appError").toString());
        }
        if (answer.has("resynchronize") || meta.path("resynchronize").asBoolean(false)) {
            return "the server asked to resynchronize: the client's ids went out of step";
        }
        if (answer.has("syncId")) {
            int next = answer.path("syncId").asInt();
            if (next <= syncId) {
                return "the server repeated its answer " + next + ": the client id went out of step";
            }
            syncId = next;
        }
        if (answer.has("clientId")) {
            clientId = answer.path("clientId").asInt();
        }
        for (JsonNode change : answer.path("changes")) {
            applyChange(change);
        }
        lastExecutes.clear();
        for (JsonNode invocation : answer.path("execute")) {
            lastExecutes.add(invocation.toString());
        }
        return "ok";
    }

    private void applyChange(JsonNode change) {
        int node = change.path("node").asInt();
        int feature = change.path("feat").asInt(-1);
        switch (change.path("type").asString("")) {
            case "put" -> put(node, feature, change.path("key").asString(), change.path("value"));
            case "remove" -> remove(node, feature, change.path("key").asString());
            case "splice" -> {
                if (feature == CHILDREN) {
                    splice(node, change);
                }
            }
            case "clear" -> {
                if (feature == CHILDREN) {
                    children.remove(node);
                }
            }
            case "detach" -> detach(node);
            default -> {
                // "attach" says nothing a load test needs.
            }
        }
    }

    private void put(int node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ATTRIBUTES -> {
                attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, value);
                if (key.equals("id")) {
                    byId.put(value.asString(), node);
                }
            }
            case PROPERTIES ->
                properties.computeIfAbsent(node, n -> new HashMap<>()).put(key, value);
            case TEXT -> texts.put(node, value.asString(""));
            default -> {}
        }
    }

    private void remove(int node, int feature, String key) {
        if (feature == ATTRIBUTES) {
            Map<String, JsonNode> map = attributes.get(node);
            if (map != null) {
                JsonNode old = map.remove(key);
                if (key.equals("id") && old != null) {
                    byId.remove(old.asString(), node);
                }
            }
        } else if (feature == PROPERTIES && properties.containsKey(node)) {
            properties.get(node).remove(key);
        }
    }

    private void splice(int node, JsonNode change) {
        List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
        int index = Math.min(change.path("index").asInt(), list.size());
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        int at = index;
        for (JsonNode added : change.path("addNodes")) {
            list.add(at++, added.asInt());
        }
    }

    private void detach(int node) {
        Map<String, JsonNode> map = attributes.remove(node);
        if (map != null && map.containsKey("id")) {
            byId.remove(map.get("id").asString(), node);
        }
        properties.remove(node);
        children.remove(node);
        texts.remove(node);
    }

    /** The state node of the component the view gave this id (setId), if it is in the UI now. */
    Optional<Integer> node(String componentId) {
        return Optional.ofNullable(byId.get(componentId));
    }

    int required(String componentId) {
        return node(componentId)
                .orElseThrow(() -> new IllegalStateException("no component with id '" + componentId + "' in the UI"));
    }

    boolean has(String componentId) {
        return byId.containsKey(componentId);
    }

    /**
     * Whether the page says {@code fragment} anywhere this client can see: a text node, a property (a notification's
     * text is one) or a script the last answer ran.
     */
    boolean mentions(String fragment) {
        return texts.values().stream().anyMatch(t -> t.contains(fragment))
                || properties.values().stream()
                        .flatMap(map -> map.values().stream())
                        .anyMatch(v -> v.isString() && v.asString().contains(fragment))
                || lastExecutes.stream().anyMatch(e -> e.contains(fragment));
    }

    /** The text a component shows: the texts of its descendants, in order. */
    String text(String componentId) {
        var out = new StringBuilder();
        collectText(required(componentId), out, 0);
        return out.toString();
    }

    private void collectText(int node, StringBuilder out, int depth) {
        String own = texts.get(node);
        if (own != null) {
            out.append(own);
        }
        if (depth > 20) {
            return;
        }
        for (int child : children.getOrDefault(node, List.of())) {
            collectText(child, out, depth + 1);
        }
    }

    Optional<String> attribute(String componentId, String name) {
        return node(componentId).map(attributes::get).map(map -> map.get(name)).map(VaadinUi::plain);
    }

    // A resource's URL comes as an object ({"uri": ...}); plain values as themselves.
    private static String plain(JsonNode value) {
        if (value.isObject()) {
            return value.path("uri").asString(value.toString());
        }
        return value.asString("");
    }

    Optional<String> property(String componentId, String name) {
        return node(componentId)
                .map(properties::get)
                .map(map -> map.get(name))
                .map(value -> value.isNull() ? "" : value.asString(value.toString()));
    }

    /** The ids of the scenarios the UI links to (the list's editor links), in no particular order. */
    List<Long> editorLinks() {
        var ids = new ArrayList<Long>();
        for (Map<String, JsonNode> map : attributes.values()) {
            JsonNode href = map.get("href");
            if (href != null) {
                Matcher m = EDITOR_LINK.matcher(plain(href));
                if (m.matches()) {
                    ids.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return ids;
    }

    void note(String key, String value) {
        notes.put(key, value);
    }

    String noted(String key) {
        return notes.getOrDefault(key, "");
    }

    /** Where the server last sent the browser (a server-side navigate pushes the new URL into the history). */
    Optional<Long> navigatedToEditor() {
        Pattern pushed = Pattern.compile("\"scenarios/(\\d+)\"");
        for (String invocation : lastExecutes) {
            Matcher m = pushed.matcher(invocation);
            if (m.find()) {
                return Optional.of(Long.parseLong(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The first whole number in a component's text: the revision in the editor's "Revision 4 · ..." line. */
    int firstNumber(String componentId) {
        Matcher m = Pattern.compile("\\d+").matcher(text(componentId));
        return m.find() ? Integer.parseInt(m.group()) : -1;
    }

    // ---- the invocations a browser sends ----

    /** A router navigation, as a click on a RouterLink or the browser's first load of a route sends it. */
    ArrayNode navigate(String route, String query) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", historyIndex == 1 ? "" : "link");
        return rpc(event(1, "ui-navigate", data));
    }

    /**
     * Typing a value into a text field and leaving it: the value, then the change event. Only the value: a text
     * field refuses any other property from the client (a number field's input value would be an internal error).
     */
    ArrayNode typeInto(String componentId, String value) {
        int node = required(componentId);
        // The client keeps what it typed; the server does not echo a value the client itself sent.
        properties.computeIfAbsent(node, n -> new HashMap<>()).put("value", NODES.stringNode(value));
        return rpc(sync(node, "value", value), event(node, "change", NODES.objectNode()));
    }

    ArrayNode click(String componentId) {
        int node = required(componentId);
        ObjectNode data = NODES.objectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        data.put("event.detail", 1);
        for (String key : List.of("event.clientX", "event.clientY", "event.button", "event.screenX", "event.screenY")) {
            data.put(key, 0);
        }
        return rpc(event(node, "click", data));
    }

    /** Ticking a checkbox: its checked property, then the event the server listens to. */
    ArrayNode check(String componentId) {
        int node = required(componentId);
        return rpc(sync(node, "checked", true), event(node, "checked-changed", NODES.objectNode()));
    }

    /** Nothing to send: asks for what the server has queued (what a push would have brought). */
    ArrayNode nothing() {
        return NODES.arrayNode();
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private static ObjectNode sync(int node, String property, String value) {
        return sync(node, property, NODES.stringNode(value));
    }

    private static ObjectNode sync(int node, String property, boolean value) {
        return sync(node, property, NODES.booleanNode(value));
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", PROPERTIES);
        sync.put("property", property);
        sync.set("value", value);
        return sync;
    }

    private static ArrayNode rpc(ObjectNode... invocations) {
        ArrayNode array = NODES.arrayNode();
        for (ObjectNode invocation : invocations) {
            array.add(invocation);
        }
        return array;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
