using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Core.Tests.Filtering;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("Charlotte", "Char%", true)]
    [InlineData("Charlotte", "char%", false)]
    [InlineData("Charlotte", "%lot%", true)]
    [InlineData("Charlotte", "C_arlotte", true)]
    [InlineData("Charlotte", "C_rlotte", false)]
    [InlineData("Charlotte", "%", true)]
    [InlineData("", "%", true)]
    [InlineData("", "_", false)]
    [InlineData("50%", "50\\%", true)]
    [InlineData("500", "50\\%", false)]
    [InlineData("a_b", "a\\_b", true)]
    [InlineData("axb", "a\\_b", false)]
    [InlineData("a\\b", "a\\\\b", true)]
    [InlineData("\uD83D\uDE00!", "_!", true)]
    [InlineData("aXbXc", "%X%X%", true)]
    [InlineData("aXb", "%X%X%", false)]
    public void Matches_FollowsSqlLike(string value, string pattern, bool expected) =>
        Assert.Equal(expected, LikePattern.Matches(value, pattern));

    [Fact]
    public void Problem_TrailingEscape_IsReported()
    {
        Assert.NotNull(LikePattern.Problem("abc\\"));
        Assert.Null(LikePattern.Problem("abc\\\\"));
    }

    [Fact]
    public void CodePointComparer_OrdersSupplementaryCharactersAfterPrivateUse() =>
        Assert.True(CodePointComparer.Instance.Compare("\uD83D\uDE00", "\uFF21") > 0);
}
