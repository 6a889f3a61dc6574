package org.integratedcare.governance.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;

/** The path of every record in a model, indexed once. Immutable after construction. */
final class ModelPaths {
  private final Map<String, String> records = new HashMap<>();
  private final Map<String, String> structures = new HashMap<>();
  private final Map<String, Integer> meetings = new HashMap<>();

  ModelPaths(IcsModel model) {
    index("organisations", model.organisations());
    index("bodies", model.bodies());
    index("posts", model.posts());
    index("people", model.people());
    index("appointments", model.appointments());
    index("functions", model.functions());
    index("delegations", model.delegations());
    index("mechanisms", model.mechanisms());
    index("accountabilityLinks", model.accountabilityLinks());
    index("meetings", model.meetings());
    index("changeEvents", model.changeEvents());
    for (int i = 0; i < model.structures().size(); i++) {
      String id = model.structures().get(i).id();
      structures.putIfAbsent(id, "structures[" + i + "]");
      records.putIfAbsent(id, "structures[" + i + "]");
    }
    for (int i = 0; i < model.meetings().size(); i++) {
      meetings.putIfAbsent(model.meetings().get(i).id(), i);
    }
  }

  private void index(String list, List<? extends Identified> items) {
    for (int i = 0; i < items.size(); i++) {
      records.putIfAbsent(items.get(i).id(), list + "[" + i + "]");
    }
  }

  String record(String id) {
    return records.getOrDefault(id, "$");
  }

  String structure(String id) {
    return structures.getOrDefault(id, record(id));
  }

  String item(String meetingId, int itemIndex) {
    Integer m = meetings.get(meetingId);
    return m == null ? "$" : "meetings[" + m + "].items[" + itemIndex + "]";
  }
}
