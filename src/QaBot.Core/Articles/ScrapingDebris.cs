using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>A named pattern of scraping debris; the name says what it removes and appears in test failures.</summary>
public sealed record DebrisPattern(string Name, Regex Regex)
{
    /// <summary>Creates a case-insensitive pattern.</summary>
    public DebrisPattern(string name, string pattern)
        : this(name, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
    {
    }
}

/// <summary>
/// The site chrome that scraped news pages leave behind. Each entry is one readable pattern; add a line here when
/// a new site leaves new debris. Whole-line patterns only ever match short lines, so real paragraphs are safe.
/// </summary>
public static class ScrapingDebris
{
    /// <summary>Longest line that can be treated as chrome; longer lines are content.</summary>
    public const int MaxChromeLineLength = 200;

    /// <summary>Lines that are chrome when they make up the whole (trimmed) line.</summary>
    public static readonly IReadOnlyList<DebrisPattern> ChromeLines =
    [
        new("'Powered by …' banner", @"^powered by\b.{0,60}$"),
        new("site logo alt text ('defence connect logo')", @"^([\p{L}\p{N}.&'’-]+ ){1,3}logo$"),
        new("'Read Also : …' teaser", @"^(read|see) (also|more)(\s*[:»›>|–—-].*)?$"),
        new("'Also read: …' teaser", @"^also read(\s*[:»›>|–—-].*)?$"),
        new("'Related Article: …' teaser", @"^related( articles?| stories| story| news| content| coverage| reading| posts?)?\s*:.*$"),
        new("'[Related: …]' teaser", @"^\[\s*(related|read more|read also|see also|also read)\b.*\]$"),
        new("social handle ('@YouTube')", @"^@\w+$"),
        new("members-only comments prompt", @"^you need to be a member to post comments\b.*$"),
        new("comments prompt", @"^(leave a comment|comments?( \(\d+\))?|\d+ comments?|join the conversation|show comments)$"),
        new("separator line ('==============')", @"^[=\-_*~#•·—–+]{3,}$"),
        new("photo credit line ('Photo credit: AP')", @"^\(?(photo|image|picture|pic|video)s?( credit)?s?\s*:.{0,80}\)?$"),
        new("newsletter prompt", @"^(sign up|subscribe)\b.{0,120}$"),
        new("sharing buttons", @"^(share|share this( article| story| post)?|share on \w+|tweet|email|print|whatsapp|facebook|twitter|linkedin|copy link)$"),
        new("follow-us prompt", @"^follow us\b.{0,80}$"),
        new("advertisement label", @"^(advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?|scroll to continue)$"),
        new("navigation link", @"^(skip to (main )?content|back to top|home|menu|next article|previous article|click here\b.*)$"),
        new("copyright notice", @"^((copyright|©|\(c\))\s*©?\s*\d{4}\b.*|.{0,80}\ball rights reserved\.?)$"),
        new("Newsweek 'Uncommon knowledge' box heading", @"^uncommon knowledge$"),
    ];

    /// <summary>Debris glued onto content inside a paragraph; removed wherever it appears.</summary>
    public static readonly IReadOnlyList<DebrisPattern> InlineDebris =
    [
        new("Newsweek 'Uncommon knowledge' box heading", @"\bUncommon knowledge\s+(?=Newsweek is committed\b)"),
        new("Newsweek mission statement", @"\bNewsweek is committed to challenging conventional wisdom and finding connections in the search for common ground\.?"),
        new("'Story continues below' marker", @"\bStory continues below( advertisement)?\b"),
    ];

    /// <summary>
    /// A photo credit appended to a caption line ("… in Moscow on December 30, 2022. | Photo credit: AP").
    /// The credit goes; the line is remembered as a caption (kept as text, never used as a title).
    /// </summary>
    public static readonly IReadOnlyList<DebrisPattern> CaptionCredits =
    [
        new("'| Photo credit: …' suffix", @"\s*\|\s*(photo|image|picture|pic)s?( credit)?s?\s*:\s*[^|]{1,80}$"),
        new("'(Photo: …)' suffix", @"\s*\((photo|image|picture)s?( credit)?s?\s*:\s*[^)]{1,80}\)$"),
    ];

    /// <summary>The name of the first chrome pattern matching the whole trimmed line, or null.</summary>
    public static string? MatchChromeLine(string line)
    {
        if (line.Length > MaxChromeLineLength)
        {
            return null;
        }
        return ChromeLines.FirstOrDefault(p => p.Regex.IsMatch(line))?.Name;
    }
}
