package dev.copernicus.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Widest paths from a set of sources in an undirected graph: for every node, the width of the path
 * whose weakest edge is strongest, and of those paths the one with fewest hops. Internal; not
 * thread-safe (paths are worked out on first use).
 *
 * <p>Two steps, because one search cannot do both: a label of width and hops is not preserved by
 * extension (a wide long path can lose to a narrow short one after a narrow edge), so a search on
 * that label finds the right widths but not always the fewest hops. First a Dijkstra-style search for
 * the widths alone, which extension never widens, in O((V + E) log V). Then, on first asking for a path
 * of width w, a breadth-first search over the edges at least w wide: the fewest hops to every node of
 * that width. A map has few distinct widths (its strength levels), and only the paths asked for cost
 * a search.
 */
public final class WidestPaths {
  private final int nodes;
  // Edge k joins fromNode[k] and toNode[k]: primitive arrays, since a plan may have 100,000s of
  // edges.
  private int edges;
  private int[] fromNode;
  private int[] toNode;
  private double[] edgeWidths;
  private int[][] adjacency = new int[0][];
  private int[] sources = new int[0];
  private int[] targets = new int[0];
  private double[] width = new double[0];
  /** For each width asked for, the edge by which the fewest hops reach each node: -1 for none. */
  private final Map<Double, int[]> previousEdge = new HashMap<>();

  /**
   * A graph of {@code nodes} nodes and no edges yet, with room for {@code edges} of them: a map knows
   * how many it will add at the most, and growing the arrays to them was 1% of what assessing a plan
   * allocated (4 KB on M).
   */
  public WidestPaths(int nodes, int edges) {
    this.nodes = nodes;
    this.fromNode = new int[edges];
    this.toNode = new int[edges];
    this.edgeWidths = new double[edges];
  }

  /** Adds an undirected edge of {@code width} (0 to 1) between {@code a} and {@code b}. */
  public void addEdge(int a, int b, double width) {
    if (edges == fromNode.length) {
      int room = Math.max(16, edges * 2);
      fromNode = Arrays.copyOf(fromNode, room);
      toNode = Arrays.copyOf(toNode, room);
      edgeWidths = Arrays.copyOf(edgeWidths, room);
    }
    fromNode[edges] = a;
    toNode[edges] = b;
    edgeWidths[edges] = width;
    edges++;
  }

  /**
   * Searches from {@code sources} until every one of {@code targets} is settled; afterwards {@link
   * #path} and {@link #width} answer for the targets. A map asks for the paths to its few decision
   * makers, and the search stops once they are found instead of settling 100,000 people.
   */
  public void search(int[] sources, int[] targets) {
    this.adjacency = adjacency();
    // In index order, so that of two equally short paths the one from the lower source wins.
    this.sources = Arrays.stream(sources).sorted().distinct().toArray();
    this.targets = Arrays.stream(targets).distinct().toArray();
    this.previousEdge.clear();
    width = new double[nodes];
    Arrays.fill(width, -1);
    boolean[] settled = new boolean[nodes];
    boolean[] wanted = new boolean[nodes];
    for (int target : this.targets) {
      wanted[target] = true;
    }
    int unsettled = this.targets.length;
    Frontier frontier = new Frontier();
    for (int source : this.sources) {
      width[source] = Double.POSITIVE_INFINITY;
      frontier.offer(source);
    }
    while (!frontier.isEmpty() && unsettled > 0) {
      int node = frontier.poll();
      settled[node] = true;
      if (wanted[node]) {
        unsettled--;
      }
      for (int edge : adjacency[node]) {
        int next = otherEnd(edge, node);
        double candidate = Math.min(width[node], edgeWidths[edge]);
        if (!settled[next] && candidate > width[next]) {
          width[next] = candidate;
          frontier.offer(next);
        }
      }
    }
  }

  /** The width of the best path to target {@code node}; -1 when unreachable, infinite for a source. */
  public double width(int node) {
    return width[node];
  }

  /** A path: its nodes, source first, and the width of the hop into each node after the first. */
  public record Path(List<Integer> nodes, List<Double> hopWidths) {}

  /**
   * The best path to target {@code node}: as wide as any, and of those the fewest hops; of equally short ones,
   * the first a breadth-first search finds from the lowest source. Empty when unreachable.
   */
  public Path path(int node) {
    if (width[node] < 0) {
      return new Path(List.of(), List.of());
    }
    int[] previous = previousEdge.computeIfAbsent(width[node], this::fewestHops);
    List<Integer> path = new ArrayList<>();
    List<Double> widths = new ArrayList<>();
    int current = node;
    path.add(current);
    while (previous[current] >= 0) {
      widths.add(edgeWidths[previous[current]]);
      current = otherEnd(previous[current], current);
      path.add(current);
    }
    Collections.reverse(path);
    Collections.reverse(widths);
    return new Path(path, widths);
  }

  /**
   * Breadth first from the sources over the edges at least {@code atLeast} wide, until every target
   * as wide is seen: each node's edge back.
   */
  private int[] fewestHops(double atLeast) {
    int[] previous = new int[nodes];
    Arrays.fill(previous, -1);
    // A count of the targets as wide not yet seen, so that stopping costs nothing per node however
    // many decision makers a map has.
    boolean[] wanted = new boolean[nodes];
    int unseen = 0;
    for (int target : targets) {
      if (width[target] >= atLeast) {
        wanted[target] = true;
        unseen++;
      }
    }
    boolean[] seen = new boolean[nodes];
    int[] queue = new int[nodes];
    int tail = 0;
    for (int source : sources) {
      seen[source] = true;
      queue[tail++] = source;
      unseen -= wanted[source] ? 1 : 0;
    }
    for (int head = 0; head < tail && unseen > 0; head++) {
      int node = queue[head];
      for (int edge : adjacency[node]) {
        int next = otherEnd(edge, node);
        if (edgeWidths[edge] >= atLeast && !seen[next]) {
          seen[next] = true;
          previous[next] = edge;
          queue[tail++] = next;
          unseen -= wanted[next] ? 1 : 0;
        }
      }
    }
    return previous;
  }

  private int otherEnd(int edge, int node) {
    return fromNode[edge] == node ? toNode[edge] : fromNode[edge];
  }

  /**
   * The nodes reached and not yet settled, widest first, then lower node index: a total order, so
   * that ties resolve the same way every run. A binary heap of node indexes that holds each node once
   * and knows where: a width only ever grows, so a widened node moves up in place, and a map of
   * 100,000 people costs no object per edge.
   */
  private final class Frontier {
    private final int[] heap = new int[nodes];
    private final int[] position = new int[nodes];
    private int size;

    Frontier() {
      Arrays.fill(position, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Adds {@code node}, or moves it up after it widened. */
    void offer(int node) {
      if (position[node] < 0) {
        place(node, size++);
      }
      int at = position[node];
      while (at > 0 && before(node, heap[(at - 1) / 2])) {
        place(heap[(at - 1) / 2], at);
        at = (at - 1) / 2;
      }
      place(node, at);
    }

    /** Removes and returns the widest node. */
    int poll() {
      int best = heap[0];
      position[best] = -1;
      int last = heap[--size];
      int at = 0;
      while (2 * at + 1 < size) {
        int child = 2 * at + 1;
        if (child + 1 < size && before(heap[child + 1], heap[child])) {
          child++;
        }
        if (!before(heap[child], last)) {
          break;
        }
        place(heap[child], at);
        at = child;
      }
      if (size > 0) {
        place(last, at);
      }
      return best;
    }

    private void place(int node, int at) {
      heap[at] = node;
      position[node] = at;
    }

    private boolean before(int a, int b) {
      return width[a] != width[b] ? width[a] > width[b] : a < b;
    }
  }

  private int[][] adjacency() {
    int[] degree = new int[nodes];
    for (int edge = 0; edge < edges; edge++) {
      degree[fromNode[edge]]++;
      degree[toNode[edge]]++;
    }
    int[][] adjacency = new int[nodes][];
    for (int i = 0; i < nodes; i++) {
      adjacency[i] = new int[degree[i]];
    }
    int[] filled = new int[nodes];
    for (int edge = 0; edge < edges; edge++) {
      adjacency[fromNode[edge]][filled[fromNode[edge]]++] = edge;
      adjacency[toNode[edge]][filled[toNode[edge]]++] = edge;
    }
    return adjacency;
  }
}
