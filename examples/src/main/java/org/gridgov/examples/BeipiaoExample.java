package org.gridgov.examples;

/** The Beipiao example, end to end. */
public final class BeipiaoExample {
  private BeipiaoExample() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    System.out.println("Beipiao");
  }
}
