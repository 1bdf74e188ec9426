package dev.copernicus.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WidestPathsTest {

  @Test
  void theWidestPathWinsOverTheShortest() {
    // 0 -> 3 directly at 0.2, or 0 -> 1 -> 2 -> 3 at 0.8, 0.9, 0.7.
    WidestPaths graph = new WidestPaths(4);
    graph.addEdge(0, 3, 0.2);
    graph.addEdge(0, 1, 0.8);
    graph.addEdge(2, 1, 0.9);
    graph.addEdge(3, 2, 0.7);

    graph.search(new int[] {0});

    assertThat(graph.path(3)).containsExactly(0, 1, 2, 3);
    assertThat(graph.width(3)).isEqualTo(0.7);
    assertThat(graph.edgeWidth(3)).isEqualTo(0.7);
    assertThat(graph.width(1)).isEqualTo(0.8);
  }

  @Test
  void amongEquallyWidePathsTheOneWithFewerHopsWins() {
    // 0 -> 1 -> 2 -> 4 and 0 -> 3 -> 4, every edge 0.5: two hops beat three.
    WidestPaths graph = new WidestPaths(5);
    graph.addEdge(0, 1, 0.5);
    graph.addEdge(1, 2, 0.5);
    graph.addEdge(2, 4, 0.5);
    graph.addEdge(0, 3, 0.5);
    graph.addEdge(3, 4, 0.5);

    graph.search(new int[] {0});

    assertThat(graph.path(4)).containsExactly(0, 3, 4);
  }

  @Test
  void fromSeveralSourcesTheBestSourceIsChosenAndTiesGoToTheLowerNode() {
    // Sources 0 and 1 both reach 2 at 0.6 in one hop: the lower node, 0, is settled first and keeps
    // it.
    WidestPaths graph = new WidestPaths(4);
    graph.addEdge(1, 2, 0.6);
    graph.addEdge(0, 2, 0.6);
    graph.addEdge(1, 3, 0.9);

    graph.search(new int[] {1, 0});

    assertThat(graph.path(2)).containsExactly(0, 2);
    assertThat(graph.path(3)).containsExactly(1, 3);
    assertThat(graph.path(0)).containsExactly(0);
    assertThat(graph.width(0)).isInfinite();
  }

  @Test
  void anUnreachableNodeHasNoPathAndNegativeWidth() {
    WidestPaths graph = new WidestPaths(3);
    graph.addEdge(0, 1, 0.4);

    graph.search(new int[] {0});

    assertThat(graph.path(2)).isEmpty();
    assertThat(graph.width(2)).isEqualTo(-1.0);
  }

  @Test
  void aZeroWidthEdgeStillConnects() {
    WidestPaths graph = new WidestPaths(2);
    graph.addEdge(0, 1, 0.0);

    graph.search(new int[] {0});

    assertThat(graph.path(1)).containsExactly(0, 1);
    assertThat(graph.width(1)).isZero();
  }
}
