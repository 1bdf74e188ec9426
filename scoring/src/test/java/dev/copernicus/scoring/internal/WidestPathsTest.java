package dev.copernicus.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WidestPathsTest {

  @Test
  void theWidestPathWinsOverTheShortest() {
    // 0 -> 3 directly at 0.2, or 0 -> 1 -> 2 -> 3 at 0.8, 0.9, 0.7.
    WidestPaths graph = new WidestPaths(4, 0);
    graph.addEdge(0, 3, 0.2);
    graph.addEdge(0, 1, 0.8);
    graph.addEdge(2, 1, 0.9);
    graph.addEdge(3, 2, 0.7);

    graph.search(new int[] {0}, new int[] {3, 1});

    assertThat(graph.path(3).nodes()).containsExactly(0, 1, 2, 3);
    assertThat(graph.width(3)).isEqualTo(0.7);
    assertThat(graph.path(3).hopWidths()).containsExactly(0.8, 0.9, 0.7);
    assertThat(graph.width(1)).isEqualTo(0.8);
  }

  @Test
  void amongEquallyWidePathsTheOneWithFewerHopsWins() {
    // 0 -> 1 -> 2 -> 4 and 0 -> 3 -> 4, every edge 0.5: two hops beat three.
    WidestPaths graph = new WidestPaths(5, 0);
    graph.addEdge(0, 1, 0.5);
    graph.addEdge(1, 2, 0.5);
    graph.addEdge(2, 4, 0.5);
    graph.addEdge(0, 3, 0.5);
    graph.addEdge(3, 4, 0.5);

    graph.search(new int[] {0}, new int[] {4});

    assertThat(graph.path(4).nodes()).containsExactly(0, 3, 4);
  }

  @Test
  void fromSeveralSourcesTheBestSourceIsChosenAndTiesGoToTheLowerNode() {
    // Sources 0 and 1 both reach 2 at 0.6 in one hop: the lower node, 0, is settled first and keeps
    // it.
    WidestPaths graph = new WidestPaths(4, 0);
    graph.addEdge(1, 2, 0.6);
    graph.addEdge(0, 2, 0.6);
    graph.addEdge(1, 3, 0.9);

    graph.search(new int[] {1, 0}, new int[] {2, 3, 0});

    assertThat(graph.path(2).nodes()).containsExactly(0, 2);
    assertThat(graph.path(3).nodes()).containsExactly(1, 3);
    assertThat(graph.path(0).nodes()).containsExactly(0);
    assertThat(graph.width(0)).isInfinite();
  }

  @Test
  void anUnreachableNodeHasNoPathAndNegativeWidth() {
    WidestPaths graph = new WidestPaths(3, 0);
    graph.addEdge(0, 1, 0.4);

    graph.search(new int[] {0}, new int[] {2});

    assertThat(graph.path(2).nodes()).isEmpty();
    assertThat(graph.width(2)).isEqualTo(-1.0);
  }

  @Test
  void aZeroWidthEdgeStillConnects() {
    WidestPaths graph = new WidestPaths(2, 0);
    graph.addEdge(0, 1, 0.0);

    graph.search(new int[] {0}, new int[] {1});

    assertThat(graph.path(1).nodes()).containsExactly(0, 1);
    assertThat(graph.width(1)).isZero();
  }

  /**
   * On random graphs, against brute force: every target's width is the best bottleneck of any path from
   * a source, and its path is that wide, joins real edges, and has the fewest hops of any path as wide;
   * and it is the path a search for every node finds, though the search stops once the targets are
   * found.
   */
  @Property(tries = 500)
  void pathsAreAsWideAndAsShortAsBruteForceFinds(@ForAll long seed) {
    Random random = new Random(seed);
    int nodes = 1 + random.nextInt(12);
    int edges = random.nextInt(3 * nodes);
    int[] from = new int[edges];
    int[] to = new int[edges];
    double[] widths = new double[edges];
    WidestPaths graph = new WidestPaths(nodes, 0);
    for (int e = 0; e < edges; e++) {
      from[e] = random.nextInt(nodes);
      to[e] = random.nextInt(nodes);
      widths[e] = random.nextInt(5) / 4.0;
      graph.addEdge(from[e], to[e], widths[e]);
    }
    int[] sources = random.ints(1 + random.nextInt(2), 0, nodes).distinct().toArray();
    int[] targets = random.ints(1 + random.nextInt(3), 0, nodes).toArray();
    WidestPaths everyNode = new WidestPaths(nodes, 0);
    for (int e = 0; e < edges; e++) {
      everyNode.addEdge(from[e], to[e], widths[e]);
    }
    everyNode.search(sources, IntStream.range(0, nodes).toArray());

    graph.search(sources, targets);

    // Widest by relaxing every edge until nothing changes.
    double[] widest = new double[nodes];
    Arrays.fill(widest, -1);
    for (int source : sources) {
      widest[source] = Double.POSITIVE_INFINITY;
    }
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int e = 0; e < edges; e++) {
        for (int[] ends : new int[][] {{from[e], to[e]}, {to[e], from[e]}}) {
          double through = Math.min(widest[ends[0]], widths[e]);
          if (widest[ends[0]] >= 0 && through > widest[ends[1]]) {
            widest[ends[1]] = through;
            changed = true;
          }
        }
      }
    }
    for (int node : targets) {
      assertThat(graph.width(node)).as("width of %d", node).isEqualTo(widest[node]);
      assertThat(graph.path(node)).as("path to %d", node).isEqualTo(everyNode.path(node));
    }
    for (int node = 0; node < nodes; node++) {
      assertThat(everyNode.width(node)).as("width of %d", node).isEqualTo(widest[node]);
      List<Integer> path = everyNode.path(node).nodes();
      List<Double> hopWidths = everyNode.path(node).hopWidths();
      if (widest[node] < 0) {
        assertThat(path).isEmpty();
        continue;
      }
      assertThat(sources).contains(path.get(0));
      double bottleneck = Double.POSITIVE_INFINITY;
      for (int k = 1; k < path.size(); k++) {
        assertThat(hopWidths.get(k - 1))
            .isLessThanOrEqualTo(widest(from, to, widths, path.get(k - 1), path.get(k)));
        bottleneck = Math.min(bottleneck, hopWidths.get(k - 1));
      }
      assertThat(bottleneck).as("bottleneck of %d", node).isEqualTo(widest[node]);
      assertThat(path.size() - 1)
          .as("hops to %d", node)
          .isEqualTo(hops(from, to, widths, sources, nodes, node, widest[node]));
    }
  }

  /** The widest edge between {@code a} and {@code b}; -1 when there is none. */
  private static double widest(int[] from, int[] to, double[] widths, int a, int b) {
    double widest = -1;
    for (int e = 0; e < from.length; e++) {
      if ((from[e] == a && to[e] == b) || (from[e] == b && to[e] == a)) {
        widest = Math.max(widest, widths[e]);
      }
    }
    return widest;
  }

  /** The fewest hops from a source to {@code target} over edges at least {@code width} wide. */
  private static int hops(
      int[] from, int[] to, double[] widths, int[] sources, int nodes, int target, double width) {
    int[] hops = new int[nodes];
    Arrays.fill(hops, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int source : sources) {
      hops[source] = 0;
      queue.add(source);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int e = 0; e < from.length; e++) {
        int next = from[e] == node ? to[e] : to[e] == node ? from[e] : -1;
        if (next >= 0 && widths[e] >= width && hops[next] < 0) {
          hops[next] = hops[node] + 1;
          queue.add(next);
        }
      }
    }
    return hops[target];
  }
}
