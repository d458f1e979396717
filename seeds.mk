## seeds: the sample library (eight articles with their source lines).
EXTRA_DIST += \
	seeds/000_5512f4e0b11210a8.txt \
	seeds/2022-10-01-state-blinken-fas-presidents-meeting.txt \
	seeds/2023-03-06-usembassy-emanuel-japan-rok-agreement.txt \
	seeds/2023-11-10-state-blinken-yoon-meeting.txt \
	seeds/2024-01-11-state-blinken-cho-call.txt \
	seeds/2024-02-29-state-blinken-cho-meeting.txt \
	seeds/2024-03-19-state-blinken-marcos-meeting.txt \
	seeds/2025-01-12-whitehouse-biden-ishiba-marcos-call.txt
