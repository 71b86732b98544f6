"""/konto/: the learner's account (sign-in, password, profile, invitations, self-registration)."""

from django.urls import include, path

from accounts import two_factor_views, views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("adres-email/<str:token>/", views.confirm_email, name="confirm_email"),
    path("logowanie/", views.LoginView.as_view(), name="login"),
    path("wyloguj/", views.LogoutView.as_view(), name="logout"),
    path("haslo/zmien/", views.PasswordChangeView.as_view(), name="password_change"),
    path("haslo/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("haslo/reset/wyslano/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("haslo/reset/gotowe/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("haslo/reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("zaproszenie/<uidb64>/<token>/", views.AcceptInvitationView.as_view(), name="accept_invitation"),
    path("rejestracja/", views.register, name="register"),
    path("rejestracja/wyslano/", views.registration_done, name="registration_done"),
    path("weryfikacja/", two_factor_views.verify, name="two_factor_verify"),
    path("weryfikacja-dwuetapowa/", two_factor_views.overview, name="two_factor"),
    path("weryfikacja-dwuetapowa/konfiguracja/", two_factor_views.setup, name="two_factor_setup"),
    path("weryfikacja-dwuetapowa/kody-zapasowe/", two_factor_views.recovery_codes, name="two_factor_codes"),
    path("weryfikacja-dwuetapowa/wylacz/", two_factor_views.turn_off, name="two_factor_off"),
    path("dane/", include("accounts.privacy_urls")),  # "Moje dane": export and deletion request
]
