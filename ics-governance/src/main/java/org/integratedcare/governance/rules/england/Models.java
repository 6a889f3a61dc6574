package org.integratedcare.governance.rules.england;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.structure.Structure;

/** Small lookups shared by the built-in rules; each costs constant time per call. */
final class Models {
  private Models() {}

  /** The role of the post an appointment is to, if the post exists. */
  static Optional<PostRole> role(ModelView view, Appointment appointment) {
    return view.model().post(appointment.post()).map(Post::role);
  }

  /** Whether the post an appointment is to is a voting post. */
  static boolean voting(ModelView view, Appointment appointment) {
    return view.model().post(appointment.post()).map(Post::voting).orElse(false);
  }

  /**
   * The organisations a party stands for on the view's date: an organisation itself, the
   * organisations a body belongs to, or those of a post's body.
   */
  static Set<String> organisationsOf(ModelView view, String id) {
    Set<String> out = new LinkedHashSet<>();
    Optional<Identified> record = view.model().find(id);
    if (record.isEmpty()) {
      return out;
    }
    Identified r = record.get();
    if (r instanceof Organisation) {
      out.add(id);
    } else if (r instanceof Body body) {
      out.addAll(body.organisations());
    } else if (r instanceof Post post) {
      view.model().body(post.body()).ifPresent(b -> out.addAll(b.organisations()));
    }
    return out;
  }

  /** A name for a record in messages: its name and id, or just its id. */
  static String label(ModelView view, String id) {
    Optional<Identified> record = view.model().find(id);
    if (record.isEmpty()) {
      return "'" + id + "'";
    }
    Identified r = record.get();
    String name = null;
    if (r instanceof Organisation o) {
      name = o.nameOn(view.date()).orElse(o.name());
    } else if (r instanceof Body b) {
      name = b.name();
    } else if (r instanceof Post p) {
      name = p.title();
    } else if (r instanceof org.integratedcare.core.body.Person p) {
      name = p.name();
    } else if (r instanceof org.integratedcare.core.function.StatutoryFunction f) {
      name = f.name();
    } else if (r instanceof Structure) {
      name = null;
    }
    return name == null ? "'" + id + "'" : name + " (" + id + ")";
  }

  /** A word with its indefinite article: "an actual", "a potential". */
  static String withArticle(String word) {
    return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }
}
