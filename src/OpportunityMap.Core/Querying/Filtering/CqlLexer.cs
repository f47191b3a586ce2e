namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>Splits CQL2 text into tokens. Strings are single-quoted with '' for a quote; names may be double-quoted.</summary>
internal static class CqlLexer
{
    public static List<CqlToken> Tokenize(string text)
    {
        var tokens = new List<CqlToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new CqlToken(CqlTokenKind.End, "", text.Length));
                return tokens;
            }

            var start = i;
            var c = text[i];
            if (c == '\'')
            {
                tokens.Add(new CqlToken(CqlTokenKind.String, ReadQuoted(text, ref i, '\'', "string"), start));
            }
            else if (c == '"')
            {
                tokens.Add(new CqlToken(CqlTokenKind.QuotedName, ReadQuoted(text, ref i, '"', "quoted property name"), start));
            }
            else if (char.IsAsciiDigit(c) || ((c is '-' or '+' or '.') && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || (text[i + 1] == '.' && c != '.'))))
            {
                tokens.Add(new CqlToken(CqlTokenKind.Number, ReadNumber(text, ref i), start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.' or ':'))
                {
                    i++;
                }

                tokens.Add(new CqlToken(CqlTokenKind.Word, text[start..i], start));
            }
            else if (c is '<' or '>')
            {
                i++;
                if (i < text.Length && (text[i] == '=' || (c == '<' && text[i] == '>')))
                {
                    i++;
                }

                tokens.Add(new CqlToken(CqlTokenKind.Symbol, text[start..i], start));
            }
            else if (c is '(' or ')' or ',' or '=')
            {
                i++;
                tokens.Add(new CqlToken(CqlTokenKind.Symbol, c.ToString(), start));
            }
            else
            {
                throw new FilterParseException(start + 1, $"unexpected character '{c}'");
            }
        }
    }

    private static string ReadQuoted(string text, ref int i, char quote, string what)
    {
        var start = i;
        var value = new System.Text.StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FilterParseException(start + 1, $"unterminated {what} (a {quote} inside one is written {quote}{quote})");
            }

            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    value.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                return value.ToString();
            }

            value.Append(text[i]);
            i++;
        }
    }

    private static string ReadNumber(string text, ref int i)
    {
        var start = i;
        if (text[i] is '-' or '+')
        {
            i++;
        }

        var digits = SkipDigits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            digits += SkipDigits(text, ref i);
        }

        if (digits == 0)
        {
            throw new FilterParseException(start + 1, "expected digits in a number");
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            if (SkipDigits(text, ref i) == 0)
            {
                throw new FilterParseException(i + 1, "expected digits in the number's exponent");
            }
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
        {
            throw new FilterParseException(i + 1, "expected a space or an operator after a number");
        }

        return text[start..i];
    }

    private static int SkipDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
