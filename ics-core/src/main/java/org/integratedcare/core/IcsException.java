package org.integratedcare.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of the exceptions this library throws for problems with a user's model or request.
 *
 * <p>Invalid single values are rejected with {@link IllegalArgumentException} (and missing
 * required attributes with {@link IllegalStateException}), as the JDK does; problems found across
 * a whole model or file are reported as subclasses of this exception.
 */
public class IcsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message the message, may be null
   */
  public IcsException(@Nullable String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message the message, may be null
   * @param cause the cause, may be null
   */
  public IcsException(@Nullable String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
