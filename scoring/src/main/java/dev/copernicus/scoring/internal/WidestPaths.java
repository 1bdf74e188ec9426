package dev.copernicus.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Widest paths from a set of sources in an undirected graph: for every node, the path whose weakest
 * edge is strongest, and of those the one with fewest hops. A Dijkstra-style search: extending a path
 * never widens it, so the first time a node is settled its label is final. O((V + E) log V). Internal.
 */
public final class WidestPaths {
  private final int nodes;
  // Edge k joins fromNode[k] and toNode[k]: primitive arrays, since a plan may have 100,000s of
  // edges.
  private int edges;
  private int[] fromNode = new int[16];
  private int[] toNode = new int[16];
  private double[] edgeWidths = new double[16];
  private double[] width = new double[0];
  private int[] hops = new int[0];
  private int[] previousEdge = new int[0];

  /** A graph of {@code nodes} nodes and no edges yet. */
  public WidestPaths(int nodes) {
    this.nodes = nodes;
  }

  /** Adds an undirected edge of {@code width} (0 to 1) between {@code a} and {@code b}. */
  public void addEdge(int a, int b, double width) {
    if (edges == fromNode.length) {
      fromNode = Arrays.copyOf(fromNode, edges * 2);
      toNode = Arrays.copyOf(toNode, edges * 2);
      edgeWidths = Arrays.copyOf(edgeWidths, edges * 2);
    }
    fromNode[edges] = a;
    toNode[edges] = b;
    edgeWidths[edges] = width;
    edges++;
  }

  /** Searches from {@code sources}; afterwards {@link #path} and {@link #width} answer for any node. */
  public void search(int[] sources) {
    int[][] adjacency = adjacency();
    width = new double[nodes];
    hops = new int[nodes];
    previousEdge = new int[nodes];
    Arrays.fill(width, -1);
    Arrays.fill(previousEdge, -1);
    boolean[] settled = new boolean[nodes];
    PriorityQueue<double[]> queue = new PriorityQueue<>(WidestPaths::compareLabels);
    for (int source : sources) {
      width[source] = Double.POSITIVE_INFINITY;
      queue.add(new double[] {width[source], 0, source});
    }
    while (!queue.isEmpty()) {
      int node = (int) queue.poll()[2];
      if (settled[node]) {
        continue;
      }
      settled[node] = true;
      for (int edge : adjacency[node]) {
        int next = otherEnd(edge, node);
        double candidate = Math.min(width[node], edgeWidths[edge]);
        int candidateHops = hops[node] + 1;
        if (!settled[next]
            && (candidate > width[next]
                || (candidate == width[next] && candidateHops < hops[next]))) {
          width[next] = candidate;
          hops[next] = candidateHops;
          previousEdge[next] = edge;
          queue.add(new double[] {candidate, candidateHops, next});
        }
      }
    }
  }

  /** The width of the best path to {@code node}; -1 when unreachable, infinite for a source. */
  public double width(int node) {
    return width[node];
  }

  /** The nodes of the best path to {@code node}, source first; empty when unreachable. */
  public List<Integer> path(int node) {
    List<Integer> path = new ArrayList<>();
    if (width[node] < 0) {
      return path;
    }
    int current = node;
    path.add(current);
    while (previousEdge[current] >= 0) {
      current = otherEnd(previousEdge[current], current);
      path.add(current);
    }
    Collections.reverse(path);
    return path;
  }

  private int otherEnd(int edge, int node) {
    return fromNode[edge] == node ? toNode[edge] : fromNode[edge];
  }

  /** The width of the edge by which the search reached {@code b}. */
  public double edgeWidth(int b) {
    return edgeWidths[previousEdge[b]];
  }

  // Wider first, then fewer hops, then lower node index: a total order, so ties resolve the same
  // way every run.
  private static int compareLabels(double[] a, double[] b) {
    int byWidth = Double.compare(b[0], a[0]);
    if (byWidth != 0) {
      return byWidth;
    }
    int byHops = Double.compare(a[1], b[1]);
    return byHops != 0 ? byHops : Double.compare(a[2], b[2]);
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
