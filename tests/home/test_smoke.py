def test_home_renders(client, home):
    response = client.get("/")
    assert response.status_code == 200
    assert "Kooperacja – razem skuteczniej pomagamy rodzinom" in response.content.decode()
