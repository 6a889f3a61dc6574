package org.integratedcare.core;

import java.util.List;

/** A record of an {@link IcsModel} that has a model-local id and may cite its sources. */
public interface Identified {
  /** The model-local id; never blank, unique across the whole model. */
  String id();

  /** Where the record's facts come from; may be empty, never null. */
  List<Source> sources();
}
