package org.gridgov.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/** Every implementation runs the same lifecycle, and squirrel runs on the project's Guava. */
class PeersTest {

  static final List<String> NAMES = List.of(Peer.NAMES);

  @ParameterizedTest
  @FieldSource("NAMES")
  void aLifecycleEndsClosedAndCanBeRunAgain(String name) {
    Peer peer = Peer.create(name);

    assertThat(peer.statusOf(peer.lifecycle())).isEqualTo(Status.CLOSED);
    assertThat(peer.statusOf(peer.lifecycle())).isEqualTo(Status.CLOSED);
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void eachPrefixOfTheLifecycleEndsInTheSameStatusEverywhere(String name) {
    Peer peer = Peer.create(name);

    assertThat(peer.statusOf(peer.open(0, 0))).isEqualTo(Status.NEW);
    for (int n = 1; n <= Trigger.LIFECYCLE.length; n++) {
      assertThat(peer.statusOf(peer.open(n, n))).as("%s after %d transitions", name, n)
          .isEqualTo(Trigger.AFTER[n - 1]);
    }
  }

  @Test
  void anUnknownImplementationIsRefused() {
    assertThatCode(() -> Peer.create("xstate")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xstate");
  }

  /**
   * Squirrel 0.3.10 was compiled against Guava 29, which is excluded: every Guava class, method and field
   * its byte code links to must exist, publicly, in the Guava on the class path.
   */
  @Test
  void squirrelLinksOnlyGuavaMembersThatExist() throws IOException, URISyntaxException {
    Path jar = Path.of(AbstractStateMachine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String[]> refs = new ArrayList<>();
    TreeSet<String> classes = new TreeSet<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (entry.getName().endsWith(".class")) {
          try (InputStream in = file.getInputStream(entry)) {
            collectGuavaReferences(in.readAllBytes(), refs, classes);
          }
        }
      }
    }
    assertThat(refs).as("squirrel does link to Guava").hasSizeGreaterThan(20);
    ClassLoader loader = getClass().getClassLoader();
    List<String> missing = new ArrayList<>();
    for (String c : classes) {
      try {
        Class.forName(c.replace('/', '.'), false, loader);
      } catch (ClassNotFoundException ex) {
        missing.add(c);
      }
    }
    for (String[] r : refs) {
      if (!resolves(r, loader)) {
        missing.add(r[0] + "." + r[1] + r[2]);
      }
    }
    assertThat(missing).as("Guava members squirrel needs but the class path lacks").isEmpty();
  }

  /** A reference {owner, name, descriptor, kind} resolves as a static or instance member. */
  private static boolean resolves(String[] r, ClassLoader loader) {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      Class<?> owner = Class.forName(r[0].replace('/', '.'), false, loader);
      if (r[3].equals("field")) {
        Class<?> type = MethodType.fromMethodDescriptorString("()" + r[2], loader).returnType();
        try {
          lookup.findStaticGetter(owner, r[1], type);
        } catch (NoSuchFieldException ex) {
          lookup.findGetter(owner, r[1], type);
        }
        return true;
      }
      MethodType type = MethodType.fromMethodDescriptorString(r[2], loader);
      if (r[1].equals("<init>")) {
        lookup.findConstructor(owner, type);
        return true;
      }
      try {
        lookup.findStatic(owner, r[1], type);
      } catch (NoSuchMethodException | IllegalAccessException ex) {
        lookup.findVirtual(owner, r[1], type);
      }
      return true;
    } catch (ReflectiveOperationException | TypeNotPresentException ex) {
      return false;
    }
  }

  /** Reads a class file's constant pool and keeps the classes and members under com/google/common. */
  private static void collectGuavaReferences(byte[] bytes, List<String[]> refs, TreeSet<String> classes)
      throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    in.readInt();
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNames = new int[count];
    int[][] members = new int[count][];
    int[][] nameAndTypes = new int[count][];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7 -> classNames[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 9, 10, 11 -> members[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
        case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 17, 18 -> in.readInt();
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    for (int i = 1; i < count; i++) {
      if (classNames[i] != 0 && utf8[classNames[i]].startsWith("com/google/common/")) {
        classes.add(utf8[classNames[i]]);
      }
      if (members[i] != null) {
        String owner = utf8[classNames[members[i][1]]];
        if (owner.startsWith("com/google/common/")) {
          int[] nt = nameAndTypes[members[i][2]];
          refs.add(new String[] {owner, utf8[nt[0]], utf8[nt[1]], members[i][0] == 9 ? "field" : "method"});
        }
      }
    }
  }
}
