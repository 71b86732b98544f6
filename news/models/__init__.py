from news.models.events import EventIndexPage, EventPage, EventRelatedDocument
from news.models.news import NewsGalleryImage, NewsIndexPage, NewsPage, NewsPageTag, NewsRelatedLink

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventRelatedDocument",
    "NewsGalleryImage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "NewsRelatedLink",
]
