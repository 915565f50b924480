package dev.hangar.dynamo.internal.stream;

/**
 * What a stream record carries besides the keys, as {@code StreamSpecification.StreamViewType}
 * declares it (Amazon DynamoDB API Reference, "StreamSpecification").
 */
public enum StreamViewType {
  /** Only the key attributes. */
  KEYS_ONLY(false, false),
  /** The item as it is after the change. */
  NEW_IMAGE(true, false),
  /** The item as it was before the change. */
  OLD_IMAGE(false, true),
  /** Both. */
  NEW_AND_OLD_IMAGES(true, true);

  private final boolean newImage;
  private final boolean oldImage;

  StreamViewType(boolean newImage, boolean oldImage) {
    this.newImage = newImage;
    this.oldImage = oldImage;
  }

  /**
   * Whether records carry {@code NewImage}.
   *
   * @return true for NEW_IMAGE and NEW_AND_OLD_IMAGES
   */
  public boolean newImage() {
    return newImage;
  }

  /**
   * Whether records carry {@code OldImage}.
   *
   * @return true for OLD_IMAGE and NEW_AND_OLD_IMAGES
   */
  public boolean oldImage() {
    return oldImage;
  }
}
