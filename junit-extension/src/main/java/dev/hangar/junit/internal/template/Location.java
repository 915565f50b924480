package dev.hangar.junit.internal.template;

/** Where a node of a template was written: the file as the user named it and a 1-based line. */
record Location(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ", line " + line;
  }
}
