using NetTopologySuite.Algorithm;
using NetTopologySuite.Noding;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// Counts where a polygon's rings cross or touch one another or themselves, up to a limit, cheaply: NTS's
/// monotone-chain noder finds candidate segment pairs and stops as soon as the limit is passed. A self-crossing star
/// of n points has about n²/2 crossings, which the repair would have to node (minutes and gigabytes at 1,000
/// points); counting them up to a few hundred takes milliseconds.
/// </summary>
internal static class RingCrossings
{
    /// <summary>The number of crossings, or <paramref name="limit"/> + 1 if there are more.</summary>
    public static int Count(Geometry polygonal, int limit)
    {
        var rings = new List<ISegmentString>();
        for (var p = 0; p < polygonal.NumGeometries; p++)
        {
            var polygon = (Polygon)polygonal.GetGeometryN(p);
            rings.Add(new BasicSegmentString(polygon.ExteriorRing.Coordinates, null));
            rings.AddRange(polygon.InteriorRings.Select(r => new BasicSegmentString(r.Coordinates, null)));
        }

        var counter = new Counter(limit);
        new MCIndexNoder(counter).ComputeNodes(rings);
        return counter.Crossings;
    }

    private sealed class Counter(int limit) : ISegmentIntersector
    {
        private readonly RobustLineIntersector _intersector = new();

        public int Crossings { get; private set; }

        public bool IsDone => Crossings > limit;

        public void ProcessIntersections(ISegmentString e0, int segIndex0, ISegmentString e1, int segIndex1)
        {
            if (IsDone || (ReferenceEquals(e0, e1) && segIndex0 == segIndex1))
            {
                return;
            }

            var coordinates0 = e0.Coordinates;
            var coordinates1 = e1.Coordinates;
            _intersector.ComputeIntersection(coordinates0[segIndex0], coordinates0[segIndex0 + 1], coordinates1[segIndex1], coordinates1[segIndex1 + 1]);
            if (!_intersector.HasIntersection)
            {
                return;
            }

            // Consecutive segments of a ring (the last and the first too) share their vertex: that is no crossing,
            // unless they also overlap.
            if (ReferenceEquals(e0, e1) && Adjacent(segIndex0, segIndex1, e0.Count - 1) && _intersector.IntersectionNum == 1)
            {
                return;
            }

            Crossings++;
        }

        private static bool Adjacent(int a, int b, int segments) =>
            Math.Abs(a - b) == 1 || (Math.Min(a, b) == 0 && Math.Max(a, b) == segments - 1);
    }
}
