from portal.models.accessibility import AccessibilityStatementPage
from portal.models.base import BasePage
from portal.models.documents import (
    DocumentCategory,
    DocumentLibraryPage,
    DownloadCount,
    ModelDocumentFile,
    ModelDocumentPage,
)
from portal.models.imports import PloneItem
from portal.models.media import PortalDocument, PortalImage, PortalRendition
from portal.models.pages import RegionPage, StandardPage
from portal.models.search import SearchTerm
from portal.models.site_settings import FooterLink, PortalSettings, SocialLink
from portal.models.taxonomy import Project, Region
from portal.models.users import Profile, Team, region_of

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "DocumentCategory",
    "DocumentLibraryPage",
    "DownloadCount",
    "ModelDocumentFile",
    "ModelDocumentPage",
    "FooterLink",
    "PloneItem",
    "PortalDocument",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "Profile",
    "Team",
    "Project",
    "Region",
    "RegionPage",
    "SearchTerm",
    "region_of",
    "SocialLink",
    "StandardPage",
]
