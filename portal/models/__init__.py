from portal.models.accessibility import AccessibilityStatementPage
from portal.models.base import BasePage
from portal.models.documents import (
    DocumentCategory,
    DocumentLibraryPage,
    DownloadCount,
    ModelDocumentFile,
    ModelDocumentPage,
)
from portal.models.media import PortalDocument, PortalImage, PortalRendition
from portal.models.pages import RegionPage, StandardPage
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
    "PortalDocument",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "Profile",
    "Team",
    "Project",
    "Region",
    "RegionPage",
    "region_of",
    "SocialLink",
    "StandardPage",
]
